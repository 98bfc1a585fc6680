# Confirmation pages for steps that cannot be taken back (closing and publishing a round, a case's final
# states) and the short undo of her own case move (issue 10).
