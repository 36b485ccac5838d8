"""planportal: turn published work plans into a searchable, printable portal.

The flow, one module per step:
    importer  (sources -> data/*.yml)
    yamlsrc   (read a data file, keeping the line of every value)
    schema    (the declared shape of data files; JSON Schema)
    loader    (files -> validated model, every problem collected)
    model     (frozen dataclasses)
    pages / render / mkdocs_plugin / search / export  (model -> outputs)
"""

__version__ = "0.1.0"
