## Her rights: her copy of her data, corrections, grievances, erasure (issue 3).
