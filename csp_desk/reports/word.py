"""Word building blocks shared by the documents: A4, Japanese fonts, page numbers, tables."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject
    from docx.table import Table
    from docx.text.paragraph import Paragraph

FONT_EAST_ASIA = "Yu Gothic"
FONT_LATIN = "Yu Gothic"


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


def _header_and_footer(doc: DocumentObject, title: str, client: str, producer: str) -> None:
    """The running header (the title on the left, the addressee on the right) and footer (the
    producer on the left, 「1 / 3 ページ」 on the right) of every page."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Mm

    section = doc.sections[0]
    section.header_distance = section.footer_distance = Mm(10)
    text_width = section.page_width - section.left_margin - section.right_margin
    header = section.header.paragraphs[0]
    if title or client:
        header.add_run(title)
        if client:
            header.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
            header.add_run(f"\t{client} 御中")
    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
    footer.add_run(f"{producer}\t")
    _field(footer, "PAGE")
    footer.add_run(" / ")
    _field(footer, "NUMPAGES")
    footer.add_run(" ページ")
    _running(header)
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
    (`producer`, 「1 / N ページ」), and its properties (author: the producer's name)."""
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
    for name in ("Header", "Footer"):  # the template's tab stops are for a Letter page in portrait
        styles[name].paragraph_format.tab_stops.clear_all()
    _header_and_footer(doc, title, client, producer)
    _properties(doc, title, subject, author)
    return doc


def table(
    doc: DocumentObject,
    headers: list[str],
    rows: list[list[str]],
    widths_mm: list[float],
    right: tuple[int, ...] = (),
) -> Table:
    """A grid table whose header repeats on each page and whose rows never break across pages."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

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


def grid_style(table: Table) -> None:
    """Gives a table the Table Grid style by its id: looking it up by name scans every style, which
    was a sixth of the time of writing a workshop's handouts."""
    table._tbl.tblPr.style = "TableGrid"


def styled(doc: DocumentObject, text: str, style_id: str) -> Paragraph:
    """A paragraph with a style set by id: python-docx's lookup by name scans every style."""
    paragraph = doc.add_paragraph(text)
    paragraph._p.style = style_id
    return paragraph


def keep_next(paragraph: object) -> None:
    paragraph.paragraph_format.keep_with_next = True  # type: ignore[attr-defined]
