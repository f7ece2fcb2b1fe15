"""English alone: `bench/unattributed_reports.py --language en`, under the name session 16's commands print.

The two label-free report scripts became one (session 17, tidy17): bench/unattributed_reports.py reads both languages.
This name stays only so that the commands BENCHMARKS.md printed then still run as printed; it holds no logic.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.unattributed_reports import main

if __name__ == "__main__":
    sys.argv[1:1] = ["--language", "en"]
    main()
