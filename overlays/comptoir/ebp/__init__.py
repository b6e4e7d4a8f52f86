"""EBP: connect() factories and the WhereCondition builder (comptoir.ebp.where)."""
