<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>PrintPreviewWindow</name>
        <message>
            <source>No printer is installed. Save the document as PDF and print it from another computer, or install a printer.</source>
            <translation>Ingen skrivare är installerad. Spara dokumentet som PDF och skriv ut det från en annan dator, eller installera en skrivare.</translation>
        </message>
        <message>
            <source>All pages ({count})</source>
            <translation>Alla sidor ({count})</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Sidor</translation>
        </message>
        <message>
            <source>From page</source>
            <translation>Från sida</translation>
        </message>
        <message>
            <source>To page</source>
            <translation>Till sida</translation>
        </message>
        <message>
            <source>One-sided</source>
            <translation>Enkelsidigt</translation>
        </message>
        <message>
            <source>Two-sided (long edge)</source>
            <translation>Dubbelsidigt (långsida)</translation>
        </message>
        <message>
            <source>Two-sided (short edge)</source>
            <translation>Dubbelsidigt (kortsida)</translation>
        </message>
        <message>
            <source>A4, as the document is laid out</source>
            <translation>A4, som dokumentet är uppställt</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Skrivare</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Kopior</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Sidor att skriva på</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papper</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Spara som PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>This printer cannot print on both sides.</source>
            <translation>Skrivaren kan inte skriva ut dubbelsidigt.</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>Ingen skrivare</translation>
        </message>
        <message>
            <source>No printer is installed. Save the document as PDF instead.</source>
            <translation>Ingen skrivare är installerad. Spara dokumentet som PDF i stället.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Spara som PDF</translation>
        </message>
    </context>
</TS>
