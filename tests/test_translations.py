import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "csp_desk_ja.ts"


def _unfinished(path):
    root = ET.parse(path).getroot()
    return [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]


def test_japanese_translation_is_complete():
    assert _unfinished(TS) == []


def test_japanese_translation_covers_every_string_in_the_sources(tmp_path):
    copy = tmp_path / "csp_desk_ja.ts"
    shutil.copy(TS, copy)
    sys.path.insert(0, str(ROOT / "tools"))
    import PySide6
    from update_translations import sources

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    subprocess.run([str(lupdate), "-locations", "none", *sources(), "-ts", str(copy)],
                   cwd=ROOT, check=True, capture_output=True)  # fmt: skip
    assert _unfinished(copy) == [], "run tools/update_translations.py and translate"


def test_translations_are_built_and_load(tmp_path):
    from PySide6.QtCore import QTranslator

    from csp_desk.i18n import build_translations

    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(TS, folder / TS.name)
    built = build_translations(folder)
    assert [p.name for p in built] == ["csp_desk_ja.qm"]
    translator = QTranslator()
    assert translator.load(str(built[0]))
    assert translator.translate("validation", "Enter the client's name.") == "顧客名を入力してください。"
