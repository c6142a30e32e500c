"""Stage 3, extraction: reading numbers (``numbers``), finding each arm's values for an outcome
(``ico``, built on ``naming``, ``table_values``, ``sentence_values``, ``assign``, ``sizes`` and
``readings``), reading trials (``trials``), merging with the verified sheet (``outcomes``), the
stage itself (``stage``) and the benchmark command (``benchmark``)."""
