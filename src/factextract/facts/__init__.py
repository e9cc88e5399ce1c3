"""One subpackage per fact type, each holding its spaCy component (registered with
@Language.factory in its component.py) and the helpers only it uses; metadata.py finds title,
publication date and source. Facts never import the CLI, readers/writers, run engines or compare."""
