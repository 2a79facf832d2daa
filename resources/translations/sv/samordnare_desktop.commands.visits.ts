<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>--to is before --from.</source>
            <translation>--to ligger före --from.</translation>
        </message>
        <message>
            <source>--organisation needs a name or an id.</source>
            <translation>--organisation behöver ett namn eller ett id.</translation>
        </message>
        <message>
            <source>No organisation is called {name}.</source>
            <translation>Ingen organisation heter {name}.</translation>
        </message>
        <message>
            <source>{count} organisations are called {name}; give --organisation the id of one:
{candidates}</source>
            <translation>{count} organisationer heter {name}; ge --organisation id:t för en av dem:
{candidates}</translation>
        </message>
        <message>
            <source>Unknown kind {kind}; choose from {kinds}.</source>
            <translation>Okänd sort {kind}; välj bland {kinds}.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationer</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Give either --id or the filters (--kommun ...), not both.</source>
            <translation>Ange antingen --id eller filtren (--kommun ...), inte båda.</translation>
        </message>
        <message>
            <source>{count} visits written to {path}</source>
            <translation>{count} besök sparade i {path}</translation>
        </message>
    </context>
</TS>
