<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AgendaOutput</name>
        <message>
            <source>Print preview</source>
            <translation>Förhandsgranska</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Skriv ut…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportera PDF…</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>Öppna PDF</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Dagordning</translation>
        </message>
        <message>
            <source>Agenda {municipality} {date}</source>
            <translation>Dagordning {municipality} {date}</translation>
        </message>
        <message>
            <source>Agenda sent to the printer.</source>
            <translation>Dagordningen har skickats till skrivaren.</translation>
        </message>
        <message>
            <source>Export agenda</source>
            <translation>Exportera dagordning</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <source>Agenda saved: {path}</source>
            <translation>Dagordningen sparad: {path}</translation>
        </message>
        <message>
            <source>Saving {file}…</source>
            <translation>Sparar {file}…</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>Öppnade {path}</translation>
        </message>
        <message>
            <source>{done} {notice}</source>
            <translation>{done} {notice}</translation>
        </message>
    </context>
</TS>
