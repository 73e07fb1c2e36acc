#!/usr/bin/env python3
"""Writes the zipped spreadsheet fixtures (XLSX, ODS and broken zips) next to this script.

The XML is written by hand, as small as the formats allow, so that each fixture shows one
thing a real file does. Run it again after changing it and commit the files it writes:
  python3 tests/data/sheets/make-fixtures.py
"""
import os
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2024, 1, 1, 0, 0, 0)  # a fixed time, so the files are the same on every run

RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
WORKSHEET = RELS_NS + "/worksheet"


def write_zip(name, entries):
    """entries: (name, text or bytes) in order."""
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w") as archive:
        for entry, content in entries:
            info = zipfile.ZipInfo(entry, STAMP)
            info.compress_type = zipfile.ZIP_STORED if entry == "mimetype" else zipfile.ZIP_DEFLATED
            data = content.encode("utf-8") if isinstance(content, str) else content
            archive.writestr(info, data)
    return path


def set_flag(name, entry, bit):
    """Sets a general purpose flag bit of an entry in its local and central headers."""
    path = os.path.join(HERE, name)
    with open(path, "rb") as f:
        data = bytearray(f.read())
    # (signature, offset of the flags, of the name length, of the name)
    for signature, flags, length, start in ((b"PK\x03\x04", 6, 26, 30), (b"PK\x01\x02", 8, 28, 46)):
        at = data.find(signature)
        while at >= 0:
            n = struct.unpack_from("<H", data, at + length)[0]
            if data[at + start:at + start + n] == entry.encode():
                struct.pack_into("<H", data, at + flags,
                                 struct.unpack_from("<H", data, at + flags)[0] | bit)
            at = data.find(signature, at + 4)
    with open(path, "wb") as f:
        f.write(data)


def content_types(sheets):
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/{s}" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for s in sheets)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + overrides + '</Types>')


ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="' + RELS_NS + '/officeDocument" Target="xl/workbook.xml"/>'
             '</Relationships>')


def workbook(sheets, date1904=False):
    """sheets: (name, relationship id) in the workbook's order."""
    pr = '<workbookPr date1904="1"/>' if date1904 else '<workbookPr/>'
    items = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="{r}"/>'
                    for i, (n, r) in enumerate(sheets))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{MAIN_NS}" xmlns:r="{RELS_NS}">{pr}<sheets>{items}</sheets></workbook>')


def workbook_rels(targets):
    """targets: (relationship id, type, target)."""
    items = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in targets)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + items + '</Relationships>')


def worksheet(rows, merges=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<worksheet xmlns="{MAIN_NS}"><sheetData>{rows}</sheetData>{merges}</worksheet>')


def styles():
    # cellXfs: 0 general, 1 built-in date 14, 2 a custom date and time, 3 a custom number
    # format with a quoted "m" (not a date), 4 a custom date with a literal in brackets.
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<styleSheet xmlns="{MAIN_NS}">'
            '<numFmts count="3">'
            '<numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/>'
            '<numFmt numFmtId="165" formatCode="0.0&quot;m&quot;"/>'
            '<numFmt numFmtId="166" formatCode="[$-809]d\\ mmmm\\ yyyy"/>'
            '</numFmts>'
            '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
            '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
            '<xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>'
            '</styleSheet>')


def shared_strings(strings):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<sst xmlns="{MAIN_NS}" count="{len(strings)}" uniqueCount="{len(strings)}">'
            + "".join(f"<si>{s}</si>" for s in strings) + '</sst>')


def timeline_xlsx():
    """Two sheets (listed in the other order from their parts), shared strings with rich
    text runs and a phonetic guide, an inline string, dates by built-in and custom formats,
    a number format that is not a date, a boolean, a formula's string, a gap column and row,
    a merged header and an empty trailing row of styled cells."""
    strings = ["<t>Date</t>", "<t>Event</t>", "<t>Details</t>",
               '<r><t xml:space="preserve">STP </t></r><r><rPr><b/></rPr><t>published</t></r>'
               '<rPh sb="0" eb="1"><t>ignored</t></rPh>',
               "<t>BLMK</t>", "<t>Note</t>", "<t>second sheet</t>"]
    events = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="s"><v>2</v></c><c r="E1" t="inlineStr"><is><t>Lane</t></is></c></row>'
        '<row r="2"><c r="A2" s="1"><v>42950</v></c><c r="B2" t="s"><v>3</v></c>'
        '<c r="C2"><v>1.5</v></c><c r="D2" t="b"><v>1</v></c>'
        '<c r="E2" t="inlineStr"><is><r><t>LL</t></r><r><t>R</t></r></is></c></row>'
        '<row r="3"><c r="A3" s="2"><v>43101.5</v></c>'
        '<c r="B3" t="str"><f>"Let"&amp;"ter"</f><v>Letter</v></c>'
        '<c r="D3" s="3"><v>20170803</v></c><c r="E3" t="s"><v>4</v></c></row>'
        '<row r="5"><c r="A5" s="4"><v>42950</v></c><c r="B5" t="e"><v>#N/A</v></c>'
        '<c r="AA5"><v>0.1</v></c></row>'
        '<row r="6"><c r="A6" s="1"/><c r="B6" t="s"/></row>')
    notes = ('<row r="1"><c r="A1" t="s"><v>5</v></c></row>'
             '<row r="2"><c r="A2" t="s"><v>6</v></c></row>')
    write_zip("timeline.xlsx", [
        ("[Content_Types].xml", content_types(["sheet1.xml", "sheet2.xml"])),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook([("Events", "rId2"), ("Notes", "rId1")])),
        ("xl/_rels/workbook.xml.rels", workbook_rels([
            ("rId1", WORKSHEET, "worksheets/sheet2.xml"),
            ("rId2", WORKSHEET, "/xl/worksheets/sheet1.xml"),
            ("rId3", RELS_NS + "/styles", "styles.xml"),
            ("rId4", RELS_NS + "/sharedStrings", "sharedStrings.xml")])),
        ("xl/styles.xml", styles()),
        ("xl/sharedStrings.xml", shared_strings(strings)),
        ("xl/worksheets/sheet1.xml",
         worksheet(events, '<mergeCells count="1"><mergeCell ref="C1:D1"/></mergeCells>')),
        ("xl/worksheets/sheet2.xml", worksheet(notes)),
    ])


def simple_xlsx(name, rows, date1904=False, merges="", extra=()):
    write_zip(name, [
        ("[Content_Types].xml", content_types(["sheet1.xml"])),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook([("Sheet1", "rId1")], date1904)),
        ("xl/_rels/workbook.xml.rels",
         workbook_rels([("rId1", WORKSHEET, "worksheets/sheet1.xml")])),
        ("xl/styles.xml", styles()),
        ("xl/worksheets/sheet1.xml", rows if rows.startswith("<?xml") else worksheet(rows, merges)),
    ] + list(extra))


def xlsx_fixtures():
    timeline_xlsx()
    # The Mac's 1904 base, inline strings only, cells without references.
    simple_xlsx("mac-1904.xlsx",
                '<row><c t="inlineStr"><is><t>Date</t></is></c></row>'
                '<row><c s="1"><v>0</v></c></row><row><c s="1"><v>41488</v></c></row>',
                date1904=True)
    # A merged header over three columns, and a merge far beyond the cells there are.
    simple_xlsx("merged-header.xlsx",
                '<row r="1"><c r="A1" t="inlineStr"><is><t>When</t></is></c></row>'
                '<row r="2"><c r="A2"><v>2017</v></c><c r="B2"><v>8</v></c><c r="C2"><v>3</v></c></row>',
                merges='<mergeCells><mergeCell ref="A1:C1"/><mergeCell ref="B2:XFD1048576"/></mergeCells>')
    simple_xlsx("bad-xml.xlsx",
                f'<?xml version="1.0"?>\n<worksheet xmlns="{MAIN_NS}"><sheetData>\n'
                '<row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>')
    # Bit 0 of the general purpose flags: the entry says it is encrypted (zipfile cannot
    # write that flag, so it is set in the headers afterwards).
    simple_xlsx("encrypted.xlsx", '<row r="1"><c r="A1"><v>1</v></c></row>')
    set_flag("encrypted.xlsx", "xl/worksheets/sheet1.xml", 0x1)
    write_zip("not-a-workbook.zip", [("readme.txt", "Just a zip.\n")])
    with open(os.path.join(HERE, "timeline.xlsx"), "rb") as f:
        whole = f.read()
    with open(os.path.join(HERE, "truncated.xlsx"), "wb") as f:
        f.write(whole[:len(whole) // 2])
    # 1 MiB of zeros: small compressed, refused by a reader allowed less.
    write_zip("big-entry.zip", [("zeros.bin", bytes(1024 * 1024))])
    # The same with headers that claim 16 bytes uncompressed.
    path = os.path.join(HERE, "big-entry.zip")
    with open(path, "rb") as f:
        data = bytearray(f.read())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        struct.pack_into("<I", data, at + offset, 16)
    with open(os.path.join(HERE, "lying-size.zip"), "wb") as f:
        f.write(data)


ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"


def ods_content(tables):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
            '<office:body><office:spreadsheet>' + tables +
            '</office:spreadsheet></office:body></office:document-content>')


def write_ods(name, content, mimetype=ODS_MIMETYPE):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    write_zip(name, [("mimetype", mimetype), ("content.xml", content),
                     ("META-INF/manifest.xml", manifest)])


def text_cell(text, extra=""):
    return f'<table:table-cell office:value-type="string"{extra}><text:p>{text}</text:p></table:table-cell>'


def ods_fixtures():
    """Two tables; a header spanning two columns over a covered cell; a date, a date with a
    time, a float shown in a comma locale, a percentage, a boolean, a time; two paragraphs,
    written spaces, a tab, a line break and a span; an annotation that is not cell text; a
    cell repeated across columns, a row repeated three times, an empty cell repeated to the
    last column and an empty row repeated to the last row, as LibreOffice writes them."""
    header = ('<table:table-row>' + text_cell("Date") + text_cell("Event") +
              text_cell("Details", ' table:number-columns-spanned="2"') +
              '<table:covered-table-cell/>' +
              '<table:table-cell table:number-columns-repeated="16379"/></table:table-row>')
    row2 = ('<table:table-row>'
            '<table:table-cell office:value-type="date" office:date-value="2017-08-03">'
            '<text:p>03/08/17</text:p></table:table-cell>'
            '<table:table-cell office:value-type="string"><text:p>STP <text:span>published</text:span></text:p>'
            '<text:p>second<text:s text:c="3"/>para<text:tab/>tab<text:line-break/>break</text:p>'
            '<office:annotation><text:p>not cell text</text:p></office:annotation></table:table-cell>'
            '<table:table-cell office:value-type="float" office:value="1.5"><text:p>1,5</text:p></table:table-cell>'
            '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>'
            '<table:table-cell table:number-columns-repeated="16380"/></table:table-row>')
    row3 = ('<table:table-row>'
            '<table:table-cell office:value-type="date" office:date-value="2018-01-01T12:00:00">'
            '<text:p>01/01/18 12:00</text:p></table:table-cell>'
            '<table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell>'
            '<table:table-cell office:value-type="time" office:time-value="PT10H30M00S"><text:p>10:30</text:p></table:table-cell>'
            + text_cell("x", ' table:number-columns-repeated="2"') + '</table:table-row>')
    empty = '<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>'
    repeated = ('<table:table-row table:number-rows-repeated="3">' + text_cell("same") +
                '</table:table-row>')
    tail = ('<table:table-row table:number-rows-repeated="1048569">'
            '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>')
    events = ('<table:table table:name="Events">'
              '<table:table-column table:number-columns-repeated="16384"/>'
              '<table:table-header-rows>' + header + '</table:table-header-rows>' +
              row2 + row3 + empty + repeated + tail + '</table:table>')
    notes = ('<table:table table:name="Notes"><table:table-row>' + text_cell("Note") +
             '</table:table-row></table:table>')
    write_ods("timeline.ods", ods_content(events + notes))
    write_ods("bad-xml.ods", ods_content('<table:table table:name="T"><table:table-row>'
                                         '<table:table-cell></table:table-row></table:table>'))
    write_ods("text-document.odt", ods_content(""), "application/vnd.oasis.opendocument.text")


if __name__ == "__main__":
    xlsx_fixtures()
    ods_fixtures()
