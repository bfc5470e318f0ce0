#!/usr/bin/env python3
"""Makes the PDF fixture of a corpus directive, the way an agency's PDF looks.

Usage: scripts/make-pdf-fixture.py corpus/directives/data-governance-1a.txt OUT.pdf

The text's lines become the paragraphs of a Word document (16 pt, justified, line
spacing 1.67, A4) with a running header (the title) and a page number footer (`- 3 -`)
on every page; LibreOffice (Debian: libreoffice-writer-nogui, and a CJK font such as
fonts-wqy-microhei) prints it to PDF. Only the standard library is used.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
RUN = '<w:rPr><w:rFonts w:eastAsia="標楷體"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>'


def para(text, jc="both"):
    return f'<w:p><w:pPr><w:spacing w:line="400" w:lineRule="auto"/><w:jc w:val="{jc}"/></w:pPr><w:r>{RUN}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def main():
    src, out = sys.argv[1], sys.argv[2]
    lines = [l.strip() for l in open(src, encoding="utf-8-sig").read().splitlines() if l.strip()]
    title = lines[0]
    body = "".join(para(l) for l in lines)
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/>'
            '<w:footerReference w:type="default" r:id="rIdF"/>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>'
            '</w:sectPr>')
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}{sect}</w:body></w:document>'
    header = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>{para(title, "right")}</w:hdr>'
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
              f'<w:r>{RUN}<w:t xml:space="preserve">- </w:t></w:r>'
              f'<w:fldSimple w:instr=" PAGE "><w:r>{RUN}<w:t>1</w:t></w:r></w:fldSimple>'
              f'<w:r>{RUN}<w:t xml:space="preserve"> -</w:t></w:r></w:p></w:ftr>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
             '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
             '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
                '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
                '</Relationships>')
    with tempfile.TemporaryDirectory() as tmp:
        stem = os.path.splitext(os.path.basename(out))[0]
        docx = os.path.join(tmp, stem + ".docx")
        with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", types)
            z.writestr("_rels/.rels", rels)
            z.writestr("word/_rels/document.xml.rels", doc_rels)
            z.writestr("word/document.xml", document)
            z.writestr("word/header1.xml", header)
            z.writestr("word/footer1.xml", footer)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, stem + ".pdf"), out)


if __name__ == "__main__":
    main()
