<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AudienceDialog</name>
        <message>
            <source>Headcounts and journalists</source>
            <translation>Antal och journalister</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Antal</translation>
        </message>
        <message>
            <source>A category, or type your own</source>
            <translation>En kategori, eller skriv en egen</translation>
        </message>
        <message>
            <source>Choose a category or type a name of your own, e.g. “Foster parents”.</source>
            <translation>Välj en kategori eller skriv ett eget namn, t.ex. ”Familjehemsföräldrar”.</translation>
        </message>
        <message>
            <source>Add number</source>
            <translation>Lägg till antal</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Counted, not named</source>
            <translation>Räknade, inte namngivna</translation>
        </message>
        <message>
            <source>For people present without a record each, e.g. “6 young people took part”. They count as present in lists, sign-in totals and reports.</source>
            <translation>För dem som var med utan att registreras var för sig, t.ex. ”6 unga deltog”. De räknas som närvarande i listor, närvarosummor och rapporter.</translation>
        </message>
        <message>
            <source>Newspaper, radio, TV…</source>
            <translation>Tidning, radio, tv…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Redaktion</translation>
        </message>
        <message>
            <source>Add journalist</source>
            <translation>Lägg till journalist</translation>
        </message>
        <message>
            <source>Journalists registered for the press meeting</source>
            <translation>Journalister anmälda till pressträffen</translation>
        </message>
        <message>
            <source>own category</source>
            <translation>egen kategori</translation>
        </message>
        <message>
            <source>Choose a category or type one.</source>
            <translation>Välj en kategori eller skriv en egen.</translation>
        </message>
        <message>
            <source>Add {count} {group}</source>
            <translation>Lägg till {count} {group}</translation>
        </message>
        <message>
            <source>Remove {headcount}</source>
            <translation>Ta bort {headcount}</translation>
        </message>
        <message>
            <source>Add journalist {name}</source>
            <translation>Lägg till journalist {name}</translation>
        </message>
        <message>
            <source>Remove journalist {name}</source>
            <translation>Ta bort journalist {name}</translation>
        </message>
    </context>
</TS>
