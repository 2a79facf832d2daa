<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>VisitFindingsPage</name>
        <message>
            <source>New finding</source>
            <translation>Ny iakttagelse</translation>
        </message>
        <message>
            <source>Write a finding and press Enter (tag it later with a double-click)…</source>
            <translation>Skriv en iakttagelse och tryck Enter (tagga den sedan med ett dubbelklick)…</translation>
        </message>
        <message>
            <source>Findings at this meeting</source>
            <translation>Iakttagelser vid det här mötet</translation>
        </message>
        <message>
            <source>Tag…</source>
            <translation>Tagga…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Good examples from other municipalities</source>
            <translation>Goda exempel från andra kommuner</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Öppna…</translation>
        </message>
        <message>
            <source>Choose for the briefing…</source>
            <translation>Välj till besöksunderlaget…</translation>
        </message>
        <message>
            <source>Which good examples the briefing before the visit (besöksunderlag) passes on</source>
            <translation>Vilka goda exempel besöksunderlaget för vidare</translation>
        </message>
        <message>
            <source>Unsaved finding</source>
            <translation>Osparad iakttagelse</translation>
        </message>
        <message>
            <source>Add the finding “{text}” to this visit?</source>
            <translation>Lägga till iakttagelsen ”{text}” i det här besöket?</translation>
        </message>
        <message>
            <source>Save the visit first, then write down its findings.</source>
            <translation>Spara besöket först, skriv sedan ned iakttagelserna.</translation>
        </message>
        <message>
            <source>{n} findings, {untagged} not tagged yet</source>
            <translation>{n} iakttagelser, {untagged} inte taggade än</translation>
        </message>
        <message>
            <source>{n} good examples from elsewhere on this visit's questions and focus groups.</source>
            <translation>{n} goda exempel från andra håll på besökets frågor och fokusgrupper.</translation>
        </message>
        <message numerus="yes">
            <source>%n chosen for the briefing.</source>
            <translation>
                <numerusform>%n vald till besöksunderlaget.</numerusform>
                <numerusform>%n valda till besöksunderlaget.</numerusform>
            </translation>
        </message>
        <message>
            <source>None chosen for the briefing: it takes the most relevant.</source>
            <translation>Inga valda till besöksunderlaget: det tar med de mest relevanta.</translation>
        </message>
        <message>
            <source>No good examples from other municipalities on this visit's questions or focus groups yet.</source>
            <translation>Inga goda exempel från andra kommuner på besökets frågor eller fokusgrupper än.</translation>
        </message>
        <message>
            <source>Delete finding</source>
            <translation>Ta bort iakttagelse</translation>
        </message>
        <message>
            <source>Delete the finding “{text}”? You can undo this with Ctrl+Z.</source>
            <translation>Ta bort iakttagelsen ”{text}”? Du kan ångra med Ctrl+Z.</translation>
        </message>
    </context>
</TS>
