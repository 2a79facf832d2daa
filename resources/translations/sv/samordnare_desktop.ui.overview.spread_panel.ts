<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>SpreadPanel</name>
        <message>
            <source>Programme</source>
            <translation>Programmet</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Landet</translation>
        </message>
        <message>
            <source>The programme beside the country</source>
            <translation>Programmet jämfört med landet</translation>
        </message>
        <message>
            <source>Import municipality facts…</source>
            <translation>Importera kommunfakta…</translation>
        </message>
        <message>
            <source>Population from SCB's file (Folkmängd per kommun) or SKR's municipality groups (kommungruppsindelning), as CSV or XLSX</source>
            <translation>Folkmängd från SCB:s fil (folkmängd per kommun) eller SKR:s kommungruppsindelning, som CSV eller XLSX</translation>
        </message>
        <message>
            <source>Municipality group</source>
            <translation>Kommungrupp</translation>
        </message>
        <message>
            <source>County</source>
            <translation>Län</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Storlek</translation>
        </message>
        <message>
            <source>municipality groups (SKR)</source>
            <translation>kommungrupper (SKR)</translation>
        </message>
        <message>
            <source>population (SCB)</source>
            <translation>folkmängd (SCB)</translation>
        </message>
        <message>
            <source>{programme} municipalities in the programme, {country} in the country.</source>
            <translation>{programme} kommuner i programmet, {country} i landet.</translation>
        </message>
        <message>
            <source>Not yet imported: {missing} (the app ships no numbers).</source>
            <translation>Ännu inte importerat: {missing} (appen levereras utan siffror).</translation>
        </message>
        <message>
            <source>Import municipality facts</source>
            <translation>Importera kommunfakta</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>Tabeller (*.csv *.xlsx *.txt);;Alla filer (*)</translation>
        </message>
        <message>
            <source>{count} municipalities updated.</source>
            <translation>{count} kommuner uppdaterade.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Rad</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Folkmängd</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupp</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <source>Population of the year:</source>
            <translation>Folkmängd för året:</translation>
        </message>
        <message>
            <source>{file}: {update} to update, {same} unchanged, {skip} skipped.</source>
            <translation>{file}: {update} att uppdatera, {same} oförändrade, {skip} hoppas över.</translation>
        </message>
        <message>
            <source>Population of {year}.</source>
            <translation>Folkmängd {year}.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importera</translation>
        </message>
    </context>
</TS>
