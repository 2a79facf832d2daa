<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>sync</name>
        <message>
            <source>The team server is not the database this computer last synced with (it was recreated, or restored from an older backup). Nothing was changed. To treat it as a new server and send everything on this computer to it, sync with --reseed (in the window: answer Yes).</source>
            <translation>Teamservern är inte samma databas som den här datorn senast synkade med (den har skapats på nytt eller återställts från en äldre säkerhetskopia). Ingenting ändrades. För att behandla den som en ny server och skicka allt på den här datorn dit: synkronisera med --reseed (i fönstret: svara Ja).</translation>
        </message>
    </context>
</TS>
