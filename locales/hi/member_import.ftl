# issue 11: member_import (keys prefixed as the slice says)
