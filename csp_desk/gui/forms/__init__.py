"""Generated from ui/*.ui by tools/build_forms.py."""
