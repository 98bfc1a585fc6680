# issue 11: staff (keys prefixed as the slice says)
