import sys

from advaug.cli import main

sys.exit(main())
