import sys

from assistants.kernels import main

sys.exit(main())
