"""Table models: rows from one query, rendered lazily, with an id role and a sort role."""
