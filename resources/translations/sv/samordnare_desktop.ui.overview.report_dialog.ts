<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Quarterly report</source>
            <translation>Kvartalsrapport</translation>
        </message>
        <message>
            <source>Own period</source>
            <translation>Egen period</translation>
        </message>
        <message>
            <source>Quarter {q} {y}</source>
            <translation>Kvartal {q} {y}</translation>
        </message>
        <message>
            <source>The coordinator's comments for the period (saved with the period)…</source>
            <translation>Samordnarens kommentarer för perioden (sparas med perioden)…</translation>
        </message>
        <message>
            <source>e.g. Anna Berg, national coordinator</source>
            <translation>t.ex. Anna Berg, nationell samordnare</translation>
        </message>
        <message>
            <source>e.g. S2026/01234</source>
            <translation>t.ex. S2026/01234</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kvartal</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>Avsändare</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Mottagare</translation>
        </message>
        <message>
            <source>Reference no. (diarienummer)</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <source>Save text</source>
            <translation>Spara texten</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>Förhandsgranska…</translation>
        </message>
        <message>
            <source>Create PDF…</source>
            <translation>Skapa PDF…</translation>
        </message>
        <message>
            <source>Save the final report</source>
            <translation>Spara slutrapporten</translation>
        </message>
        <message>
            <source>Final report {date}</source>
            <translation>Slutrapport {date}</translation>
        </message>
        <message>
            <source>Final report written: {path}</source>
            <translation>Slutrapporten sparad: {path}</translation>
        </message>
        <message>
            <source>Final report</source>
            <translation>Slutrapport</translation>
        </message>
        <message>
            <source>Creating the final report…</source>
            <translation>Skapar slutrapporten…</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Kommentarer</translation>
        </message>
        <message>
            <source>Create Word…</source>
            <translation>Skapa Word…</translation>
        </message>
        <message>
            <source>The same report as an editable Word document</source>
            <translation>Samma rapport som redigerbart Worddokument</translation>
        </message>
        <message>
            <source>Final report (Word)…</source>
            <translation>Slutrapport (Word)…</translation>
        </message>
        <message>
            <source>Final report (PDF)…</source>
            <translation>Slutrapport (PDF)…</translation>
        </message>
        <message>
            <source>Final report: a draft of the whole assignment from the programme</source>
            <translation>Slutrapport: ett utkast för hela uppdraget ur programmets uppgifter</translation>
        </message>
        <message>
            <source>The period must end on or after its first day.</source>
            <translation>Perioden måste sluta samma dag som den börjar eller senare.</translation>
        </message>
        <message>
            <source>Unsaved text</source>
            <translation>Osparad text</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>The comments typed for {old} are not saved, and {new} has comments of its own. Save the typed comments for {old} first?</source>
            <translation>Kommentarerna som skrivits för {old} är inte sparade, och {new} har egna kommentarer. Spara de skrivna kommentarerna för {old} först?</translation>
        </message>
        <message>
            <source>Text saved</source>
            <translation>Texten sparad</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Spara rapporten</translation>
        </message>
        <message>
            <source>Quarterly report {period}</source>
            <translation>Kvartalsrapport {period}</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Worddokument (*.docx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <source>Report written: {path}</source>
            <translation>Rapporten sparad: {path}</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Creating the report…</source>
            <translation>Skapar rapporten…</translation>
        </message>
    </context>
</TS>
