#!/usr/bin/env python3
"""Writes the DOCX and ODT fixtures of tst_officedocumentreader and tst_documentimporter next
to this script, and encrypted.pdf when Ghostscript is there.

The XML is written by hand, as small as the formats allow, so that each fixture shows one
thing a real file does. Run it again after changing it and commit the files it writes:
  python3 tests/data/documents/make-fixtures.py
"""
import os
import shutil
import struct
import subprocess
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2024, 1, 1, 0, 0, 0)  # a fixed time, so the files are the same on every run

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


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


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/'
                 'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')


def core_xml(title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f'<dc:title>{title}</dc:title><dc:creator>Officer</dc:creator></cp:coreProperties>')


def document_xml(body):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W}" xmlns:mc="{MC}"><w:body>{body}'
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')


def docx(name, body, title=None):
    entries = [("[Content_Types].xml", CONTENT_TYPES), ("word/document.xml", document_xml(body))]
    if title is not None:
        entries.append(("docProps/core.xml", core_xml(title)))
    return write_zip(name, entries)


def p(*runs, ppr=""):
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def r(text, rpr=""):
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


REPORT_BODY = (
    p('<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>', r("Winter plan 2019/20"))
    + p(r("The board met on "), r("3 March 2019", "<w:rPr><w:b/></w:rPr>"),
        r(". Funding was ", ""),
        '<w:del w:id="1" w:author="A"><w:r><w:delText>cut</w:delText></w:r></w:del>',
        '<w:ins w:id="2" w:author="A"><w:r><w:t>raised</w:t></w:r></w:ins>',
        r(" by 4%."))
    # tabs, a break, a non-breaking hyphen, a field whose instruction is not text
    + p(r("Item"), "<w:r><w:tab/></w:r>", r("Date"), "<w:r><w:br/></w:r>", r("A&amp;E"),
        "<w:r><w:t>2018</w:t><w:noBreakHyphen/><w:t>19</w:t></w:r>")
    + p("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>",
        "<w:r><w:instrText> PAGE </w:instrText></w:r>",
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>", r("7"),
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", r(" is the page"),
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden note</w:t></w:r>')
    # a list: numbered paragraphs
    + p('<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>', r("First item"))
    + p('<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>', r("Second item"))
    # a paragraph whose mark is deleted runs into the next
    + p('<w:pPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr>', r("Joined "))
    + p(r("paragraph."), '<w:moveFrom w:id="4" w:author="A"><w:r><w:t>moved away</w:t></w:r></w:moveFrom>')
    # a table: a row is a paragraph, cells separated by a tab, paragraphs in a cell by a line
    + '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>'
    + '<w:tr><w:tc><w:tcPr/>' + p(r("Q1")) + '</w:tc><w:tc>' + p(r("April")) + p(r("to June"))
    + '</w:tc></w:tr>'
    + '<w:tr><w:tc>' + p(r("Q2")) + '</w:tc><w:tc>' + p(r("July")) + '</w:tc></w:tr></w:tbl>'
    # a text box in an alternate-content block: the choice is read, the fallback is not
    + p(r("Before the box. "),
        f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
        + p(r("In the box")) + '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '<w:txbxContent>' + p(r("In the box")) + '</w:txbxContent></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>', r("After the box."))
    + p(r("Footnote here"), '<w:r><w:footnoteReference w:id="1"/></w:r>', r("."))
)

REPORT_TEXT = """Winter plan 2019/20

The board met on 3 March 2019. Funding was raised by 4%.

Item\tDate
A&E2018-19

7 is the page

First item

Second item

Joined paragraph.

Q1\tApril
to June

Q2\tJuly

Before the box.

In the box

After the box.

Footnote here."""

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"')


def odt_content(body):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-content {ODF_NS} office:version="1.3">'
            '<office:automatic-styles><style:style xmlns:style="urn:oasis:names:tc:opendocument:'
            'xmlns:style:1.0" style:name="P1"/></office:automatic-styles>'
            f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')


def odt_meta(title):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {ODF_NS} office:version="1.3"><office:meta>'
            f'<dc:title>{title}</dc:title></office:meta></office:document-meta>')


def manifest(encrypted=False):
    entry = ('<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"'
             + ('><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x">'
                '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" '
                'manifest:initialisation-vector="x"/></manifest:encryption-data>'
                '</manifest:file-entry>' if encrypted else '/>'))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<manifest:manifest {ODF_NS}><manifest:file-entry manifest:full-path="/" '
            f'manifest:media-type="{ODT_MIMETYPE}"/>{entry}</manifest:manifest>')


def odt(name, body, title=None, encrypted=False, content=None):
    entries = [("mimetype", ODT_MIMETYPE), ("META-INF/manifest.xml", manifest(encrypted))]
    if content is not False:
        entries.append(("content.xml", content if content is not None else odt_content(body)))
    if title is not None:
        entries.append(("meta.xml", odt_meta(title)))
    return write_zip(name, entries)


ODT_BODY = (
    '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
    '<office:change-info><dc:creator>A</dc:creator></office:change-info>'
    '<text:p>cut</text:p></text:deletion></text:changed-region>'
    '<text:changed-region text:id="ct2"><text:insertion><office:change-info>'
    '<dc:creator>A</dc:creator></office:change-info></text:insertion></text:changed-region>'
    '</text:tracked-changes>'
    '<text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls>'
    '<text:h text:outline-level="1">Winter plan 2019/20</text:h>'
    '<text:p>The board   met\n on <text:span>3 March 2019</text:span>. Funding was '
    '<text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>raised'
    '<text:change-end text:change-id="ct2"/> by 4%.</text:p>'
    '<text:p>Item<text:tab/>Date<text:line-break/>two<text:s text:c="3"/>spaces'
    '<text:s/>one</text:p>'
    '<text:list><text:list-item><text:p>First item</text:p></text:list-item>'
    '<text:list-item><text:p>Second item<text:note text:note-class="footnote">'
    '<text:note-citation>1</text:note-citation><text:note-body><text:p>A footnote.</text:p>'
    '</text:note-body></text:note></text:p></text:list-item></text:list>'
    '<table:table table:name="T"><table:table-column table:number-columns-repeated="2"/>'
    '<table:table-row><table:table-cell><text:p>Q1</text:p></table:table-cell>'
    '<table:table-cell><text:p>April</text:p><text:p>to June</text:p></table:table-cell>'
    '</table:table-row><table:table-row><table:table-cell><text:p>Q2</text:p>'
    '</table:table-cell><table:table-cell><text:p>July</text:p></table:table-cell>'
    '</table:table-row></table:table>'
    '<text:p>Before <draw:frame><svg:title>Frame title</svg:title><draw:text-box>'
    '<text:p>In the box</text:p></draw:text-box></draw:frame>after.</text:p>'
    '<text:p><office:annotation><text:p>A comment</text:p></office:annotation>Last.</text:p>'
)

ODT_TEXT = """Winter plan 2019/20

The board met on 3 March 2019. Funding was raised by 4%.

Item\tDate
two   spaces one

First item

Second item

Q1\tApril
to June

Q2\tJuly

Before

In the box

after.

Last."""


def main():
    docx("report.docx", REPORT_BODY, title="Winter  plan\nreport")
    with open(os.path.join(HERE, "report.docx.txt"), "w", encoding="utf-8") as f:
        f.write(REPORT_TEXT)
    odt("report.odt", ODT_BODY, title="Winter plan (ODT)")
    with open(os.path.join(HERE, "report.odt.txt"), "w", encoding="utf-8") as f:
        f.write(ODT_TEXT)
    docx("no-text.docx", p("") + p(r("")))
    docx("bad-xml.docx", p(r("fine")) + "<w:p><w:r></w:p>")
    docx("encrypted-entry.docx", p(r("secret")))
    set_flag("encrypted-entry.docx", "word/document.xml", 0x1)
    with open(os.path.join(HERE, "report.docx"), "rb") as f:
        whole = f.read()
    with open(os.path.join(HERE, "truncated.docx"), "wb") as f:
        f.write(whole[:len(whole) // 2])
    odt("encrypted.odt", "", encrypted=True, content=b"\x93\x11binary ciphertext\x00\xff")
    odt("no-content.odt", "", content=False)
    write_zip("archive.zip", [("readme.txt", "Just a zip.\n")])
    # An Office file saved with a password is an OLE compound file, not a zip: its signature
    # and a little padding is all the importer looks at.
    with open(os.path.join(HERE, "password.docx"), "wb") as f:
        f.write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504))
    gs = shutil.which("gs")
    if gs:
        with tempfile.TemporaryDirectory() as tmp:
            ps = os.path.join(tmp, "in.ps")
            with open(ps, "w") as f:
                f.write("%!PS\n/Helvetica findfont 12 scalefont setfont 72 720 moveto "
                        "(Confidential minutes, 3 March 2019) show showpage\n")
            subprocess.run([gs, "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite",
                            "-sOwnerPassword=owner", "-sUserPassword=user",
                            "-dEncryptionR=3", "-dKeyLength=128", "-dPermissions=-4",
                            "-sOutputFile=" + os.path.join(HERE, "encrypted.pdf"), ps], check=True)


if __name__ == "__main__":
    main()
