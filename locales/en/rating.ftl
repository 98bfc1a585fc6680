# Rating an institution: skipping a question, "I did not go there", progress (issue 10).
