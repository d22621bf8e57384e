extensions = ["msc_sci.sphinx"]
