/* msc-sci cite box: switch the style and language, copy the citation. No server needed. */
(function () {
  "use strict";

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
    button.addEventListener("click", function () {
      var entry = current();
      var text = entry ? entry.textContent.trim() : "";
      box.dataset.copied = text;
      var label = style.options[style.selectedIndex].text;
      function report(copied) {
        status.textContent = copied
          ? "Copied the " + label + " citation."
          : "Copying is blocked here; select the citation above and copy it.";
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
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

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".msc-cite-box"), setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
