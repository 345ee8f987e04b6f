import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from build_forms import compile_form, target  # noqa: E402


def test_every_designer_form_is_compiled_and_current():
    forms = sorted((ROOT / "ui").glob("*.ui"))
    assert forms
    for ui in forms:
        generated = target(ui)
        assert generated.exists(), f"run tools/build_forms.py for {ui.name}"
        assert generated.read_text(encoding="utf-8") == compile_form(ui), (
            f"{generated.name} is stale: run tools/build_forms.py"
        )
