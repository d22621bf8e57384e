/* msc-sci cite box: switch the style and language, copy the citation, search all styles.
   No server needed. */
(function () {
  "use strict";

  // msc-sci-styles.js sits beside this script in _static; it is loaded on first search.
  var here = document.currentScript ? document.currentScript.src : "";
  var stylesUrl = here.replace(/msc-sci\.js(\?.*)?$/, "msc-sci-styles.js");
  var stylesLoading = null;

  function loadStyles() {
    if (window.mscSciStyles) {
      return Promise.resolve(window.mscSciStyles);
    }
    if (!stylesLoading) {
      stylesLoading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = stylesUrl;
        script.onload = function () { resolve(window.mscSciStyles || []); };
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return stylesLoading;
  }

  function copyWithSelection(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    document.body.removeChild(area);
    return copied;
  }

  function setUp(box) {
    var style = box.querySelector(".msc-cite-box-style");
    var locale = box.querySelector(".msc-cite-box-locale");
    var status = box.querySelector(".msc-cite-box-status");
    var button = box.querySelector(".msc-cite-box-copy");
    var entries = Array.prototype.slice.call(box.querySelectorAll(".msc-cite-box-entry"));

    function current() {
      var shown = null;
      entries.forEach(function (entry) {
        var match = entry.dataset.style === style.value && entry.dataset.locale === locale.value;
        entry.hidden = !match;
        if (match) {
          shown = entry;
        }
      });
      return shown;
    }

    function update() {
      current();
      status.textContent = "";
    }

    style.addEventListener("change", update);
    locale.addEventListener("change", update);
    setUpSearch(box, style, update);
    button.addEventListener("click", function () {
      var entry = current();
      var text = entry ? (entry.dataset.text || entry.textContent).trim() : "";
      var rich = entry ? entry.innerHTML.trim() : "";
      box.dataset.copied = text;
      var label = style.options[style.selectedIndex].text;
      function report(copied) {
        status.textContent = copied
          ? "Copied the " + label + " citation."
          : "Copying is blocked here; select the citation above and copy it.";
      }
      var item = null;
      if (window.ClipboardItem && navigator.clipboard && navigator.clipboard.write) {
        // Rich text keeps the style's italics when pasted into a word processor.
        item = new window.ClipboardItem({
          "text/plain": new Blob([text], { type: "text/plain" }),
          "text/html": new Blob([rich], { type: "text/html" })
        });
      }
      if (item) {
        navigator.clipboard.write([item]).then(
          function () { report(true); },
          function () { report(copyWithSelection(text)); }
        );
      } else if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(
          function () { report(true); },
          function () { report(copyWithSelection(text)); }
        );
      } else {
        report(copyWithSelection(text));
      }
    });
    update();
  }

  function setUpSearch(box, style, update) {
    var input = box.querySelector(".msc-cite-box-search");
    var found = box.querySelector(".msc-cite-box-found");
    var list = box.querySelector(".msc-cite-box-matches");
    if (!input) {
      return;
    }
    var inMenu = {};
    Array.prototype.forEach.call(style.options, function (option) {
      inMenu[option.value] = true;
    });

    function show(names, words) {
      var matches = names.filter(function (name) {
        return words.every(function (word) { return name.indexOf(word) !== -1; });
      });
      // Styles in the menu first, then the shortest (the main style before its variants).
      matches.sort(function (a, b) {
        return (inMenu[b] ? 1 : 0) - (inMenu[a] ? 1 : 0) || a.length - b.length || (a < b ? -1 : 1);
      });
      found.textContent = matches.length === 1 ? "1 style matches." : matches.length + " styles match.";
      list.textContent = "";
      matches.slice(0, 20).forEach(function (name) {
        var row = document.createElement("li");
        if (inMenu[name]) {
          var pick = document.createElement("button");
          pick.type = "button";
          pick.className = "msc-cite-box-pick";
          pick.textContent = name;
          pick.addEventListener("click", function () {
            style.value = name;
            update();
          });
          row.appendChild(pick);
        } else {
          var code = document.createElement("code");
          code.textContent = "msc-sci cite --style " + name;
          row.appendChild(code);
        }
        list.appendChild(row);
      });
    }

    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/[\s-]+/).filter(Boolean);
      if (!words.length) {
        found.textContent = "";
        list.textContent = "";
        return;
      }
      loadStyles().then(
        function (names) { show(names, words); },
        function () { found.textContent = "The list of styles could not be loaded."; }
      );
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".msc-cite-box"), setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
