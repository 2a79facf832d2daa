<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>final_report</name>
        <message>
            <source>Level not set</source>
            <translation>Nivå inte angiven</translation>
        </message>
        <message>
            <source>also {themes}</source>
            <translation>även {themes}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more in the app (Iakttagelser, or list findings --csv).</source>
            <translation>
                <numerusform>… och %n till i appen (Iakttagelser, eller list findings --csv).</numerusform>
                <numerusform>… och %n till i appen (Iakttagelser, eller list findings --csv).</numerusform>
            </translation>
        </message>
        <message>
            <source>Findings and good examples</source>
            <translation>Iakttagelser och goda exempel</translation>
        </message>
        <message>
            <source>No findings have been written down yet.</source>
            <translation>Inga iakttagelser har skrivits ner ännu.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>{n} findings written down at the meetings, by level and kind (proposals in the next chapter). Below, per level and theme, the good examples first.</source>
            <translation>{n} iakttagelser nedskrivna vid mötena, per nivå och typ (förslagen i nästa kapitel). Nedan per nivå och tema, de goda exemplen först.</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <source>Kind not set</source>
            <translation>Typ inte angiven</translation>
        </message>
        <message>
            <source>Without a theme</source>
            <translation>Utan tema</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Förslag</translation>
        </message>
        <message>
            <source>No proposals have been written down yet.</source>
            <translation>Inga förslag har skrivits ner ännu.</translation>
        </message>
        <message numerus="yes">
            <source>%n proposal(s) from the meetings, by the level they are addressed to.</source>
            <translation>
                <numerusform>%n förslag från mötena, per nivå det riktar sig till.</numerusform>
                <numerusform>%n förslag från mötena, per nivå de riktar sig till.</numerusform>
            </translation>
        </message>
    </context>
</TS>
