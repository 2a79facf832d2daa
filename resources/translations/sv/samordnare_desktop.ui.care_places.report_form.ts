<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ReportForm</name>
        <message>
            <source>Municipality, region or SiS home</source>
            <translation>Kommun, region eller SiS-hem</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>2025 or 2025-06-30</source>
            <translation>2025 eller 2025-06-30</translation>
        </message>
        <message>
            <source>Focus groups</source>
            <translation>Fokusgrupper</translation>
        </message>
        <message>
            <source>Focus groups these figures concern</source>
            <translation>Fokusgrupper som uppgifterna gäller</translation>
        </message>
        <message>
            <source>Counts only: no child is named or described here. A blank cell is not given; own + bought must equal placed when all three are given.</source>
            <translation>Bara antal: inget barn namnges eller beskrivs här. En tom ruta är inte angiven; egen regi + köpta ska vara lika med placerade när alla tre är angivna.</translation>
        </message>
        <message>
            <source>Save figures</source>
            <translation>Spara uppgifterna</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
        <message>
            <source>The figures of the municipality chosen before are gone; what you typed is kept.</source>
            <translation>Siffrorna för den kommun som valdes först är borttagna; det du skrev står kvar.</translation>
        </message>
        <message>
            <source>{name} already has figures for {period}: they are shown here.</source>
            <translation>{name} har redan uppgifter för {period}: de visas här.</translation>
        </message>
        <message>
            <source>Filled in from the figures for {period}: change what differs, then save.</source>
            <translation>Ifyllt från uppgifterna för {period}: ändra det som skiljer sig och spara.</translation>
        </message>
        <message>
            <source>Figures already saved</source>
            <translation>Uppgifterna finns redan</translation>
        </message>
        <message>
            <source>{message}

Open the saved figures of {name} for {period}? What you typed here is not kept.</source>
            <translation>{message}

Öppna de sparade uppgifterna för {name} för {period}? Det du skrev här sparas inte.</translation>
        </message>
        <message>
            <source>Delete figures</source>
            <translation>Ta bort uppgifter</translation>
        </message>
        <message>
            <source>Delete the figures of {name} for {period}?</source>
            <translation>Ta bort uppgifterna för {name} {period}?</translation>
        </message>
        <message>
            <source>All placed: {n}</source>
            <translation>Alla placerade: {n}</translation>
        </message>
    </context>
</TS>
