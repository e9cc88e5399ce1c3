"""Running many articles: in-process or on a local pool of workers, in input order, with a
time budget per article, progress and resume."""
