"""Word building blocks shared by the documents: A4, Japanese fonts, page numbers, tables.

House style: a producer may give their own Word template once (Settings copies it to
paths.house_style_path(); the command line's --template names one for a run). Every document then
starts from it: its styles, page set-up, letterhead header and footer are kept, the document's body
is written over an empty one, and the running title and page numbers are added where the
template has none. Styles the documents need that the template lacks are copied from the default.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject
    from docx.table import Table
    from docx.text.paragraph import Paragraph

FONT_EAST_ASIA = "Yu Gothic"
FONT_LATIN = "Yu Gothic"
# Yu Gothic ships with Windows and macOS. LibreOffice without it lays Japanese out in the system's CJK
# font (Noto Sans CJK JP here) through fontconfig; a font table w:altName does not change that
# (tried: the PDF's fonts were the same with and without it).

NEEDED_STYLES = {
    "Normal": "normal", "Title": "title", "Heading1": "heading 1", "Heading2": "heading 2",
    "Heading3": "heading 3", "ListBullet": "list bullet", "TableGrid": "table grid", "Header": "header",
    "Footer": "footer",
}  # fmt: skip
"""The style ids the documents write with (python-docx's default template has them all) and the
names Word gives them inside the file whatever its language (Japanese Word saves heading 1 under
the id 「1」, Normal under 「a」: a template is matched by these names, not by ids)."""

BAD_TEMPLATE = QT_TRANSLATE_NOOP(
    "reports",
    "{path} cannot be used as the Word template: {problem}. Save your template in Word as a Word "
    "document (.docx) and choose it again, or go back to the default template in Settings.",
)
NO_FILE = QT_TRANSLATE_NOOP("reports", "there is no such file")
NOT_DOCX = QT_TRANSLATE_NOOP("reports", "it is not a Word document (.docx)")
DOTX = QT_TRANSLATE_NOOP("reports", "it is a Word template file (.dotx); save it as a .docx document")
DAMAGED = QT_TRANSLATE_NOOP("reports", "the file is damaged and cannot be read")


class TemplateError(ValueError):
    """The house-style template cannot be read as a Word document; `problem` says why (translatable)."""

    message = BAD_TEMPLATE

    def __init__(self, path: Path, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path, self.problem = path, problem


_template_for_run: Path | None = None


def use_template(path: Path | None) -> None:
    """The template for this run (the command line's --template), checked first; None: the one
    given in Settings, if any."""
    global _template_for_run
    if path is not None:
        check_template(path)
    _template_for_run = path


def house_style() -> Path | None:
    """The template documents start from: this run's, else the one given in Settings, else none."""
    if _template_for_run is not None:
        return _template_for_run
    from ..paths import house_style_path

    kept = house_style_path()
    return kept if kept.is_file() else None


def _open_template(path: Path) -> DocumentObject:
    import zipfile

    from docx import Document

    if not path.is_file():
        raise TemplateError(path, NO_FILE)
    if not zipfile.is_zipfile(path):
        raise TemplateError(path, NOT_DOCX)
    try:
        return Document(str(path))
    except ValueError as exc:  # python-docx names the package's content type
        raise TemplateError(path, DOTX if "template" in str(exc) else NOT_DOCX) from exc
    except OSError as exc:
        raise TemplateError(path, NO_FILE if isinstance(exc, FileNotFoundError) else DAMAGED) from exc
    except Exception as exc:  # a broken zip, lxml's XMLSyntaxError: damage inside the package
        raise TemplateError(path, DAMAGED) from exc


def check_template(path: Path) -> None:
    """Raises TemplateError unless `path` opens as a Word document a document can be built on."""
    _on_template(path, "確認", "", "", "", "", False)


def _on_template(path: Path, title: str, subject: str, author: str, client: str, producer: str,
                 landscape: bool) -> DocumentObject:  # fmt: skip
    """A document built over the template at `path`; anything in the file that stops it is a
    TemplateError (a message, never a crash)."""
    doc = _open_template(path)
    try:
        return _over_template(doc, title, subject, author, client, producer, landscape)
    except Exception as exc:
        raise TemplateError(path, DAMAGED) from exc


def _ensure_styles(doc: DocumentObject) -> None:
    """Finds in `doc` the styles the documents use by their names (a Japanese Word template keeps
    them under other ids) and records their ids for styled() and grid_style(); copies the ones it
    lacks from python-docx's default template (Word saves only the styles used or changed)."""
    import copy

    from docx import Document
    from docx.oxml.ns import qn

    by_name: dict[str, str] = {}
    for element in doc.styles.element.findall(qn("w:style")):
        name = element.find(qn("w:name"))
        if name is not None and name.get(qn("w:val")):
            by_name.setdefault(name.get(qn("w:val")).casefold(), element.get(qn("w:styleId")))
    ids = {ours: by_name[name] for ours, name in NEEDED_STYLES.items() if name in by_name}
    missing = [ours for ours in NEEDED_STYLES if ours not in ids]
    if missing:
        default = Document()
        for style in default.styles:
            if style.style_id in missing:
                doc.styles.element.append(copy.deepcopy(style.element))
                ids[style.style_id] = style.style_id
    doc.part._csp_style_ids = ids  # type: ignore[attr-defined]


def _style_id(part: object, ours: str) -> str:
    """The id in this document of one of the styles the documents use (a template's own id)."""
    return getattr(part, "_csp_style_ids", {}).get(ours, ours)


def _carry_headers(doc: DocumentObject) -> None:
    """A template of several sections: the last one (the only one kept) takes the headers and
    footers it inherits from earlier sections (Word's 「前と同じ」), so the letterhead stays."""
    import copy

    from docx.oxml.ns import qn

    sections = doc.element.body.xpath(".//w:sectPr")
    if len(sections) < 2:
        return
    last = sections[-1]
    inherited: dict[tuple[str, str], object] = {}
    for sect in sections:
        for tag in ("w:headerReference", "w:footerReference"):
            for ref in sect.findall(qn(tag)):
                inherited[(tag, ref.get(qn("w:type")) or "default")] = ref
    for (tag, kind), ref in inherited.items():
        have = [r for r in last.findall(qn(tag)) if (r.get(qn("w:type")) or "default") == kind]
        if not have:
            last.insert(0, copy.deepcopy(ref))


def _page_set_up(doc: DocumentObject) -> None:
    """A template without page size or margins (hand-made files) gets A4 and 20 mm ones."""
    from docx.shared import Mm

    doc.element.body.get_or_add_sectPr()
    section = doc.sections[-1]
    if section.page_width is None or section.page_height is None:
        section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        if getattr(section, side) is None:
            setattr(section, side, Mm(20))
    if section.header_distance is None or section.footer_distance is None:
        section.header_distance = section.footer_distance = Mm(10)


def _clear_body(doc: DocumentObject) -> None:
    """Removes the template's body text (sample text, placeholders), keeping its page set-up."""
    from docx.oxml.ns import qn

    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _quote_style(style: object) -> None:
    """The client's own words (the proposal's hearing notes): upright, indented, a quieter colour —
    Japanese fonts have no italic, and an office suite slants them by shearing (it looked poor)."""
    from docx.shared import Mm, RGBColor

    _set_font(style)
    font = style.font  # type: ignore[attr-defined]
    font.italic = False
    font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    style.paragraph_format.left_indent = Mm(6)  # type: ignore[attr-defined]
    style.paragraph_format.right_indent = Mm(0)  # type: ignore[attr-defined]


def _set_font(style: object, size_pt: float | None = None, bold: bool | None = None) -> None:
    """Sets the Latin and East Asian font of a style and drops theme fonts that override them."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    font = style.font  # type: ignore[attr-defined]
    font.name = FONT_LATIN
    if size_pt:
        font.size = Pt(size_pt)
    if bold is not None:
        font.bold = bold
    rpr = style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), FONT_EAST_ASIA)
    rfonts.set(qn("w:ascii"), FONT_LATIN)
    rfonts.set(qn("w:hAnsi"), FONT_LATIN)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)


HEADER_PT = 9
"""The size of the running header and footer."""


def _field(paragraph: Paragraph, code: str) -> None:
    """A field (PAGE, NUMPAGES) whose result Word and LibreOffice compute when they lay out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
            run._r.append(element)
        elif text == code:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {code} "
            run._r.append(instr)
        else:
            run.text = text


def _running(paragraph: Paragraph) -> None:
    from docx.shared import Pt, RGBColor

    for run in paragraph.runs:
        run.font.size = Pt(HEADER_PT)
        run.font.color.rgb = RGBColor(0x40, 0x40, 0x40)


def _running_title(section: object, header: Paragraph, title: str, client: str) -> None:
    """The running header: the title on the left, the addressee (「… 御中」) on the right."""
    from docx.enum.text import WD_TAB_ALIGNMENT

    if not (title or client):
        return
    text_width = section.page_width - section.left_margin - section.right_margin  # type: ignore[attr-defined]
    header.add_run(title)
    if client:
        header.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
        header.add_run(f"\t{client} 御中")
    _running(header)


def _page_footer(section: object, footer: Paragraph, producer: str) -> None:
    """The running footer: the producer on the left, 「1 / 3 ページ」 on the right."""
    from docx.enum.text import WD_TAB_ALIGNMENT

    text_width = section.page_width - section.left_margin - section.right_margin  # type: ignore[attr-defined]
    footer.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
    footer.add_run(f"{producer}\t")
    _field(footer, "PAGE")
    footer.add_run(" / ")
    _field(footer, "NUMPAGES")
    footer.add_run(" ページ")
    _running(footer)


def _properties(doc: DocumentObject, title: str, subject: str, author: str) -> None:
    """Who wrote the document and what it is — the producer, never the library that wrote it."""
    from datetime import UTC, datetime

    now = datetime.now(UTC).replace(microsecond=0)
    properties = doc.core_properties
    properties.author = author[:250]
    properties.last_modified_by = author[:250]
    properties.title = title[:250]
    properties.subject = subject[:250]
    properties.comments = ""
    properties.keywords = ""
    properties.created = properties.modified = now
    properties.revision = 1


def new_document(
    title: str = "",
    *,
    subject: str = "",
    author: str = "",
    client: str = "",
    producer: str = "",
    landscape: bool = False,
) -> DocumentObject:
    """An A4 document with the Japanese fonts, a running header (`title`, `client` 御中) and footer
    (`producer`, 「1 / N ページ」), and its properties (author: the producer's name). With a house
    style (house_style()) the document starts from it instead."""
    styled_by = house_style()
    if styled_by is not None:
        return _on_template(styled_by, title, subject, author, client, producer, landscape)
    return _plain(title, subject, author, client, producer, landscape=landscape)


def _plain(title: str, subject: str, author: str, client: str, producer: str, *, landscape: bool,
           running_header: bool = True) -> DocumentObject:  # fmt: skip
    """The default: A4, the Japanese fonts, the running header and footer."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(20)
    styles = doc.styles
    _set_font(styles["Normal"], 10.5)
    _set_font(styles["Title"], 26, True)
    for level, size in ((1, 16), (2, 13), (3, 11)):
        _set_font(styles[f"Heading {level}"], size, True)
    for name in ("List Bullet", "Table Grid", "Header", "Footer"):
        _set_font(styles[name])
    _quote_style(styles["Quote"])
    for name in ("Header", "Footer"):  # the template's tab stops are for a Letter page in portrait
        styles[name].paragraph_format.tab_stops.clear_all()
    section.header_distance = section.footer_distance = Mm(10)
    if running_header:
        _running_title(section, section.header.paragraphs[0], title, client)
    _page_footer(section, section.footer.paragraphs[0], producer)
    _properties(doc, title, subject, author)
    return doc


def _over_template(doc: DocumentObject, title: str, subject: str, author: str, client: str, producer: str,
                   landscape: bool) -> DocumentObject:  # fmt: skip
    """The house style's document with an empty body: its styles, page set-up, header and footer
    kept; landscape where asked; the running header and footer added where it has none (in the
    default and, when the template uses them, the even-page ones; a first page of its own is left
    as the template draws it — a letterhead cover)."""
    from docx.enum.section import WD_ORIENT

    _carry_headers(doc)
    _clear_body(doc)
    _page_set_up(doc)
    _ensure_styles(doc)
    section = doc.sections[-1]
    width, height = section.page_width, section.page_height
    if landscape and width is not None and height is not None and width < height:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = height, width
    pairs = [(section.header, section.footer)]
    if doc.settings.odd_and_even_pages_header_footer:
        pairs.append((section.even_page_header, section.even_page_footer))
    for header, footer in pairs:
        if title or client:
            has_letterhead = any(p.text.strip() for p in header.paragraphs) or bool(
                header._element.xpath(".//w:drawing | .//w:pict"))  # fmt: skip
            running = header.add_paragraph() if has_letterhead else header.paragraphs[0]
            _running_title(section, running, title, client)
        numbered = ".//w:instrText[contains(., 'PAGE')] | .//w:fldSimple[contains(@w:instr, 'PAGE')]"
        if not footer._element.xpath(numbered):
            has_text = any(p.text.strip() for p in footer.paragraphs)
            _page_footer(section, footer.add_paragraph() if has_text else footer.paragraphs[0], producer)
    _properties(doc, title, subject, author)
    return doc


RELATIONSHIPS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
"""The namespace of the attributes that name a relationship (r:id, r:embed, r:link)."""


def cover_page(doc: DocumentObject) -> None:
    """The first page is a cover: no running title and no page number — but a house style's
    letterhead (its header's own lines and logo, without the running title added last) stays on
    it. A template that draws a first page of its own keeps it as drawn."""
    import copy

    from docx.oxml.ns import qn

    section = doc.sections[0]
    if section.different_first_page_header_footer:
        return
    section.different_first_page_header_footer = True
    blocks = [e for e in section.header._element if e.tag in (qn("w:p"), qn("w:tbl"))]
    if house_style() is None or len(blocks) < 2:
        return  # the default: the header holds the running title only
    first = section.first_page_header
    first.is_linked_to_previous = False
    target = first._element
    for old in list(target):
        target.remove(old)
    source_part, target_part = section.header.part, first.part
    for block in blocks[:-1]:  # the last is the running title
        moved = copy.deepcopy(block)
        for element in moved.iter():  # pictures and links point into the header's own relationships
            for name, rid in list(element.attrib.items()):
                if not name.startswith(RELATIONSHIPS):
                    continue
                rel = source_part.rels.get(rid)
                if rel is None:
                    continue
                if rel.is_external:
                    element.set(name, target_part.relate_to(rel.target_ref, rel.reltype, is_external=True))
                else:
                    element.set(name, target_part.relate_to(rel.target_part, rel.reltype))
        target.append(moved)


TEMPLATE_SAMPLES = (
    ("Title", "表題（スタイル「表題」）"),
    ("Heading1", "1. 見出し（スタイル「見出し 1」）"),
    ("Heading2", "1.1 見出し（スタイル「見出し 2」）"),
    ("Heading3", "小見出し（スタイル「見出し 3」）"),
    ("Normal", "本文の例です（スタイル「標準」）。書体・大きさ・行間はここで決まります。"),
    ("ListBullet", "箇条書きの例（スタイル「箇条書き」）"),
    ("Quote", "お客様の言葉の例（スタイル「引用文」）"),
)
"""A line in each style the documents use, in the default template: each can be seen and changed
where it stands (Word's styles pane lists them by these names). Cleared when a document is written."""


def without_letterhead(doc: DocumentObject) -> None:
    """A document the producer writes for someone else to issue (the terms notice: the orderer's):
    the house style's header and footer — the producer's letterhead, logo or address — are left out,
    its fonts and styles kept; the footer numbers the pages only."""
    if house_style() is None:
        return
    for section in doc.sections:
        section.different_first_page_header_footer = False
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer,
                     section.even_page_header, section.even_page_footer):  # fmt: skip
            part.is_linked_to_previous = True  # no header or footer of its own: none at all
    section = doc.sections[0]
    footer = section.footer
    footer.is_linked_to_previous = False
    _page_footer(section, footer.paragraphs[0], "")


def write_default_template(out: Path) -> Path:
    """The default template, to start a house style from: the documents' styles and page set-up,
    an empty header for a letterhead or logo, and the page-number footer."""
    from .files import into_place, save

    def write(temporary: Path) -> None:
        doc = _plain("", "", "", "", "", landscape=False, running_header=False)
        doc.add_paragraph("（この文書はテンプレートです。本文は書き出すときに置き換えられます。"
                          "ヘッダーにロゴやレターヘッドを入れ、スタイルの書体・色を変えて保存してください。）")
        for style, text in TEMPLATE_SAMPLES:
            styled(doc, text, style)
        table(doc, ["表の見出し行", "内容"], [["表の本文", "スタイル「表 (格子)」の罫線と書体"]], [50, 120])
        save(doc, temporary)

    return into_place(out, write)


def table(
    doc: DocumentObject,
    headers: list[str],
    rows: list[list[str]],
    widths_mm: list[float],
    right: tuple[int, ...] = (),
    phrased: tuple[int, ...] = (),
) -> Table:
    """A grid table whose header repeats on each page and whose rows never break across pages.
    The text of the `phrased` columns (titles, deliverables: words a reader should see whole) is
    broken into lines between phrases where it is longer than its cell (`phrase_lines`)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    if phrased:
        size = body_size(doc)
        rows = [[phrase_lines(value, widths_mm[col], size) if col in phrased else value
                 for col, value in enumerate(row)] for row in rows]  # fmt: skip
    table = doc.add_table(rows=1 + len(rows), cols=len(headers))
    grid_style(table)
    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)  # LibreOffice lays out by the grid, Word by the cells
    for index, tr in enumerate(table._tbl.tr_lst):
        trpr = tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))
        if index == 0:
            trpr.append(OxmlElement("w:tblHeader"))
            shading = "D9E2F3"
        else:
            shading = None
        values = headers if index == 0 else rows[index - 1]
        for column, (tc, value, width) in enumerate(zip(tr.tc_lst, values, widths_mm, strict=True)):
            tc.width = Mm(width)
            paragraph = tc.p_lst[0]
            if index and column in right:
                justify = OxmlElement("w:jc")
                justify.set(qn("w:val"), "right")
                paragraph.get_or_add_pPr().append(justify)
            run = paragraph.add_r()
            run.text = value
            if index == 0:
                run.get_or_add_rPr().append(OxmlElement("w:b"))
            if shading:
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:fill"), shading)
                tc.get_or_add_tcPr().append(shd)
    return table


CELL_MARGIN_PT = 5.4
"""A table cell's padding on each side (108 twips, the default of Word and of LibreOffice)."""
NARROW_EM = 0.62
"""A Latin letter or digit as a share of the font's size (proportional Yu Gothic, Noto, DejaVu)."""


def body_size(doc: DocumentObject) -> float:
    """The size of the body text (the default paragraph style's), at least Word's 10.5 points: a
    smaller size only makes lines broken for this one shorter than they could be."""
    from docx.enum.style import WD_STYLE_TYPE

    style = doc.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    size = style.font.size.pt if style is not None and style.font.size is not None else 0.0
    return max(size, 10.5)


def phrase_lines(text: str, width_mm: float, size_pt: float) -> str:
    """`text` with line breaks between phrases so that every line fits a table cell `width_mm`
    wide (`linebreak.break_lines`): LibreOffice and Word break Japanese at any character, so
    「バリエーション」 was cut after 「バリエーショ」 in a narrow column. Unchanged when it fits."""
    from .linebreak import break_lines

    room = width_mm * 72 / 25.4 - 2 * CELL_MARGIN_PT - 1.0
    return "\n".join(break_lines(text, room, wide=size_pt, narrow=size_pt * NARROW_EM))


def grid_style(table: Table) -> None:
    """Gives a table the Table Grid style by its id: looking it up by name scans every style, which
    was a sixth of the time of writing a workshop's handouts. (A template's own id for it, if any.)"""
    table._tbl.tblPr.style = _style_id(table.part, "TableGrid")


def styled(doc: DocumentObject, text: str, style_id: str) -> Paragraph:
    """A paragraph with a style set by id: python-docx's lookup by name scans every style."""
    paragraph = doc.add_paragraph(text)
    paragraph._p.style = _style_id(doc.part, style_id)
    return paragraph


def keep_table(grid: Table) -> None:
    """A short table stays on one page: every row but the last keeps with the next (its rows
    already never break), as Word and LibreOffice both read it."""
    for row in grid.rows[:-1]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True


def keep_next(paragraph: object) -> None:
    paragraph.paragraph_format.keep_with_next = True  # type: ignore[attr-defined]


def close_with(doc: DocumentObject, text: str = "以上", *, right: bool = True) -> Paragraph:
    """The closing line 「以上」, kept on the page of what it closes: the paragraph or the table
    row before it keeps with the next (a row never breaks, so the last row goes with it)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt
    from docx.table import Table as TableObject
    from docx.text.paragraph import Paragraph as ParagraphObject

    body = doc.element.body
    blocks = [child for child in body if child.tag in (qn("w:p"), qn("w:tbl"))]
    if blocks:
        last = blocks[-1]
        if last.tag == qn("w:tbl"):
            for cell in TableObject(last, doc._body).rows[-1].cells:
                for paragraph in cell.paragraphs:
                    keep_next(paragraph)
        else:
            keep_next(ParagraphObject(last, doc._body))
    end = doc.add_paragraph(text)
    if right:
        end.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    end.paragraph_format.space_before = Pt(6)
    return end


# --- fitting a document that is just over one page onto one ------------------------------------

SMALLEST_BODY_PT = 9.0
"""Body text is never set smaller than this when a document is tightened."""
AUTO_LINE = 1.5
"""The height of a line of single spacing, as a multiple of the font size: the CJK fonts' own
line gap (Noto Sans CJK, which LibreOffice lays Japanese out in, about 1.45; Yu Gothic more)."""
EXACT_LINE = 1.3
"""Lines of tightened text are set exactly this multiple of its size apart (the same in Word and
LibreOffice, whatever the font's own line gap)."""
ROW_EXTRA_PT = 0.75
"""A table row's border and rounding, beyond its lines (LibreOffice: half a point)."""


def _page_room(doc: DocumentObject) -> tuple[float, float]:
    """The width and height (points) of the text area of the last section."""
    section = doc.sections[-1]
    width = (section.page_width - section.left_margin - section.right_margin) / 12700
    height = (section.page_height - section.top_margin - section.bottom_margin) / 12700
    return width, height


def _style_value(paragraph: Paragraph, read: object) -> object:
    """A paragraph format or font value, looked up through the paragraph's style and its bases."""
    style = paragraph.style
    while style is not None:
        value = read(style)  # type: ignore[operator]
        if value is not None:
            return value
        style = style.base_style
    return None


def _paragraph_pt(paragraph: Paragraph, width_pt: float, *, in_table: bool, size: float | None,
                  first: bool = False) -> float:  # fmt: skip
    """The estimated height of `paragraph` in points, laid out `width_pt` wide: as it is set, or
    tightened to body text of `size` (what `tighten` makes of it)."""
    from .xlsx import WIDE, wrapped_lines

    fmt = paragraph.paragraph_format
    own = next((run.font.size.pt for run in paragraph.runs if run.font.size is not None), None)
    natural = own or _style_value(paragraph, lambda s: s.font.size.pt if s.font.size else None) or 11.0
    heading = _is_heading(paragraph)
    text = paragraph.text
    if size is not None:
        shown = _tight_size(natural, size, heading)
        line = shown * EXACT_LINE
        before, after = _tight_spacing(paragraph, in_table, heading)
    else:
        shown = natural
        if in_table:
            before = fmt.space_before.pt if fmt.space_before is not None else 0.0
            after = fmt.space_after.pt if fmt.space_after is not None else 0.0
            multiple = 1.0
        else:
            read_before = fmt.space_before if fmt.space_before is not None else _style_value(
                paragraph, lambda s: s.paragraph_format.space_before)  # fmt: skip
            read_after = fmt.space_after if fmt.space_after is not None else _style_value(
                paragraph, lambda s: s.paragraph_format.space_after)  # fmt: skip
            before = read_before.pt if read_before is not None else 0.0  # type: ignore[attr-defined]
            after = read_after.pt if read_after is not None else 10.0  # the default's 10 pt after  # type: ignore[attr-defined]
            multiple = 1.15
        spacing = fmt.line_spacing
        if spacing is not None and not isinstance(spacing, float):
            line = spacing.pt  # exact
        else:
            line = shown * AUTO_LINE * (spacing if isinstance(spacing, float) else multiple)
    lines = wrapped_lines(text, width_pt / shown * WIDE + 1) if text else 1
    return (0.0 if first else before) + lines * line + after


def _is_heading(paragraph: Paragraph) -> bool:
    name = (paragraph.style.name if paragraph.style is not None else "").casefold()
    return name.startswith(("heading", "title"))


def _tight_size(natural: float, size: float, heading: bool) -> float:
    """The size of a tightened paragraph: body text `size`, headings a little larger than it."""
    if heading:
        return min(natural, max(size + 2, natural * 0.75))
    return min(natural, size) if natural >= SMALLEST_BODY_PT else natural


def _tight_spacing(paragraph: Paragraph, in_table: bool, heading: bool) -> tuple[float, float]:
    if in_table:
        return 0.0, 0.0
    if heading:
        return 4.0, 2.0
    fmt = paragraph.paragraph_format
    after = fmt.space_after.pt if fmt.space_after is not None else 2.0
    before = fmt.space_before.pt if fmt.space_before is not None else 0.0
    return min(before, 4.0), min(after, 4.0)


def _blocks(doc: DocumentObject) -> list[tuple[str, object]]:
    from docx.oxml.ns import qn
    from docx.table import Table as TableObject
    from docx.text.paragraph import Paragraph as ParagraphObject

    out: list[tuple[str, object]] = []
    for child in doc.element.body:
        if child.tag == qn("w:p"):
            out.append(("p", ParagraphObject(child, doc._body)))
        elif child.tag == qn("w:tbl"):
            out.append(("t", TableObject(child, doc._body)))
    return out


def estimated_height(doc: DocumentObject, size: float | None = None) -> float:
    """The height in points of the document's body laid out on one long page: as it is set, or
    (`size`) as `tighten(doc, size)` would set it. An estimate — lines are counted as the sheets'
    wrapped_lines counts them — meant for telling a document just over a page from one that fits."""
    width, _height = _page_room(doc)
    total = 0.0
    for index, (kind, block) in enumerate(_blocks(doc)):
        if kind == "p":
            # the space before the first line of a page is not laid out
            total += _paragraph_pt(block, width, in_table=False, size=size, first=index == 0)  # type: ignore[arg-type]
            continue
        for row in block.rows:  # type: ignore[attr-defined]
            tallest = 0.0
            for cell in row.cells:
                cell_width = (cell.width / 12700 if cell.width else width / len(row.cells)) - 11.0
                tallest = max(tallest, sum(_paragraph_pt(p, cell_width, in_table=True, size=size)
                                           for p in cell.paragraphs))  # fmt: skip
            total += tallest + ROW_EXTRA_PT
    return total


def tighten(doc: DocumentObject, size: float) -> None:
    """Sets the body tighter: text at `size` points (never below SMALLEST_BODY_PT), headings a
    little larger, lines exactly EXACT_LINE apart and less space between paragraphs."""
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    size = max(size, SMALLEST_BODY_PT)

    def set_paragraph(paragraph: Paragraph, in_table: bool) -> None:
        own = next((run.font.size.pt for run in paragraph.runs if run.font.size is not None), None)
        natural = own or _style_value(paragraph, lambda s: s.font.size.pt if s.font.size else None) or 11.0
        heading = _is_heading(paragraph)
        shown = _tight_size(natural, size, heading)
        before, after = _tight_spacing(paragraph, in_table, heading)
        fmt = paragraph.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(round(shown * EXACT_LINE, 1))
        for run in paragraph.runs:
            run.font.size = Pt(shown)
        if not paragraph.runs:  # an empty line's height is its mark's size
            from docx.oxml import OxmlElement
            from docx.oxml.ns import qn

            rpr = paragraph._p.get_or_add_pPr().find(qn("w:rPr"))
            if rpr is None:
                rpr = OxmlElement("w:rPr")
                paragraph._p.get_or_add_pPr().append(rpr)
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), str(int(shown * 2)))
            rpr.append(sz)

    for kind, block in _blocks(doc):
        if kind == "p":
            set_paragraph(block, False)  # type: ignore[arg-type]
        else:
            for row in block.rows:  # type: ignore[attr-defined]
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        set_paragraph(paragraph, True)


TIGHTER_SIZES = (10.0, 9.5, 9.0)
"""The body sizes tried, largest first, to bring a document just over a page onto one."""


def fit_one_page(doc: DocumentObject) -> float | None:
    """A document estimated over one page that fits on one tightened is set so, at the largest body
    size of TIGHTER_SIZES that fits; a longer one, or one that fits, is left as it is. The estimate
    of the document as it is errs on the long side (single lines at AUTO_LINE): a document near
    the end of its page is tightened rather than left with its last rows on a page of their own.
    Returns the size chosen, or None."""
    _width, room = _page_room(doc)
    room *= 0.97  # the estimate's margin of error is taken on the safe side
    if estimated_height(doc) <= room:
        return None
    for size in TIGHTER_SIZES:
        if estimated_height(doc, size) <= room:
            tighten(doc, size)
            return size
    return None
