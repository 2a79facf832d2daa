<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>BriefingExamplesDialog</name>
        <message>
            <source>Good examples for the briefing</source>
            <translation>Goda exempel till besöksunderlaget</translation>
        </message>
        <message>
            <source>Good examples from other municipalities on this visit's questions and focus groups. Tick those the briefing (besöksunderlag) should pass on. With none ticked, the briefing takes the {count} most relevant automatically.</source>
            <translation>Goda exempel från andra kommuner på besökets frågeställningar och fokusgrupper. Kryssa för dem som besöksunderlaget ska föra vidare. Är inga förkryssade tar underlaget med de {count} mest relevanta automatiskt.</translation>
        </message>
        <message>
            <source>Filter the good examples…</source>
            <translation>Filtrera de goda exemplen…</translation>
        </message>
        <message>
            <source>Preview the briefing…</source>
            <translation>Förhandsgranska besöksunderlaget…</translation>
        </message>
        <message>
            <source>No good examples from other municipalities on this visit's questions or focus groups yet: tag findings elsewhere as good examples with these themes.</source>
            <translation>Inga goda exempel från andra kommuner på besökets frågeställningar eller fokusgrupper ännu: tagga iakttagelser från andra besök som goda exempel med de här temana.</translation>
        </message>
    </context>
</TS>
