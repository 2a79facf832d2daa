<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>care_places</name>
        <message>
            <source>New</source>
            <translation>Ny</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersätt</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Oförändrad</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Hoppa över</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fel</translation>
        </message>
        <message>
            <source>Nothing was imported: {n} rows have errors. Correct them in the file.</source>
            <translation>Inget importerades: {n} rader har fel. Rätta dem i filen.</translation>
        </message>
        <message>
            <source>Row {line}: {problems}</source>
            <translation>Rad {line}: {problems}</translation>
        </message>
        <message>
            <source>… and {n} more rows.</source>
            <translation>… och {n} rader till.</translation>
        </message>
        <message>
            <source>Municipality code</source>
            <translation>Kommunkod</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>All placed</source>
            <translation>Alla placerade</translation>
        </message>
        <message>
            <source>Which period are the figures for? The file has no period column: choose the year (2025) or a date.</source>
            <translation>Vilken period gäller uppgifterna? Filen har ingen kolumn för period: välj året (2025) eller ett datum.</translation>
        </message>
        <message>
            <source>These figures no longer exist.</source>
            <translation>Uppgifterna finns inte längre.</translation>
        </message>
        <message>
            <source>Figures belong to a municipality, a region or an SiS home; choose one.</source>
            <translation>Uppgifter hör till en kommun, en region eller ett SiS-hem; välj ett.</translation>
        </message>
        <message>
            <source>The organisation no longer exists.</source>
            <translation>Organisationen finns inte längre.</translation>
        </message>
        <message>
            <source>{name} already has figures for {period}; nothing was saved. Open them to change them.</source>
            <translation>{name} har redan uppgifter för {period}; inget sparades. Öppna dem för att ändra dem.</translation>
        </message>
        <message>
            <source>The sheet “{read}” has no column with the municipality beside columns per placement form. The workbook's sheets: {sheets}. Choose the one with the figures.</source>
            <translation>Bladet ”{read}” har ingen kolumn med kommunen bredvid kolumner per placeringsform. Arbetsbokens blad: {sheets}. Välj det som har uppgifterna.</translation>
        </message>
        <message>
            <source>Care places</source>
            <translation>Vårdplatser</translation>
        </message>
        <message>
            <source>Export to .xlsx or .csv (not {suffix}).</source>
            <translation>Exportera till .xlsx eller .csv (inte {suffix}).</translation>
        </message>
        <message>
            <source>The file has no column with the municipality (Kommunkod or Kommun) beside columns per placement form (Jourhem, Familjehem, HVB, Stödboende, SiS …).</source>
            <translation>Filen saknar en kolumn med kommunen (Kommunkod eller Kommun) bredvid kolumner per placeringsform (Jourhem, Familjehem, HVB, Stödboende, SiS …).</translation>
        </message>
        <message>
            <source>Several sheets of the workbook have figures: {sheets}. Choose the one to import.</source>
            <translation>Flera av arbetsbokens blad har siffror: {sheets}. Välj det som ska importeras.</translation>
        </message>
        <message>
            <source>Two columns mean the same: “{first}” and “{second}”.</source>
            <translation>Två kolumner betyder samma sak: ”{first}” och ”{second}”.</translation>
        </message>
        <message>
            <source>The row has more cells than the header has columns (a separator too many?); which count belongs where cannot be told.</source>
            <translation>Raden har fler celler än rubrikraden har kolumner (en avgränsare för mycket?); det går inte att säga vilket antal som hör till vilken kolumn.</translation>
        </message>
        <message>
            <source>A summary row, not a municipality.</source>
            <translation>En summarad, inte en kommun.</translation>
        </message>
        <message>
            <source>“{code}” is not a Swedish municipality code.</source>
            <translation>”{code}” är ingen svensk kommunkod.</translation>
        </message>
        <message>
            <source>The code {code} is {municipality}, but the row says “{name}”.</source>
            <translation>Koden {code} är {municipality}, men raden säger ”{name}”.</translation>
        </message>
        <message>
            <source>“{name}” is no municipality, region or SiS home.</source>
            <translation>”{name}” är ingen kommun, region eller SiS-hem.</translation>
        </message>
        <message>
            <source>The municipality is missing.</source>
            <translation>Kommunen saknas.</translation>
        </message>
        <message>
            <source>The period is missing.</source>
            <translation>Perioden saknas.</translation>
        </message>
        <message>
            <source>{label}: a formula without a value (“{formula}”): open the file in Excel, save it and import it again.</source>
            <translation>{label}: formel utan värde (”{formula}”): öppna filen i Excel, spara den och importera den igen.</translation>
        </message>
        <message>
            <source>The forms add up to {sum}, but “{column}” says {stated}.</source>
            <translation>Placeringsformerna blir sammanlagt {sum}, men ”{column}” säger {stated}.</translation>
        </message>
        <message>
            <source>The same municipality and period as row {line}.</source>
            <translation>Samma kommun och period som rad {line}.</translation>
        </message>
        <message>
            <source>{n} cells hidden as &lt;5 or .. (as the export writes them): the saved value is kept.</source>
            <translation>{n} celler dolda som &lt;5 eller .. (som exporten skriver dem): det sparade värdet behålls.</translation>
        </message>
        <message>
            <source>There is already a focus group “{name}”.</source>
            <translation>Det finns redan en fokusgrupp ”{name}”.</translation>
        </message>
        <message>
            <source>“{name}” contains the name of a child or young person from a meeting. A focus group says what the children have in common, never who they are: choose another name.</source>
            <translation>”{name}” innehåller namnet på ett barn eller en ungdom från ett möte. En fokusgrupp säger vad barnen har gemensamt, aldrig vilka de är: välj ett annat namn.</translation>
        </message>
        <message>
            <source>The focus group no longer exists.</source>
            <translation>Fokusgruppen finns inte längre.</translation>
        </message>
        <message>
            <source>The focus groups of the assignment cannot be deleted.</source>
            <translation>Uppdragets fokusgrupper kan inte tas bort.</translation>
        </message>
        <message>
            <source>The meeting no longer exists.</source>
            <translation>Mötet finns inte längre.</translation>
        </message>
        <message>
            <source>Municipality, region or SiS home</source>
            <translation>Kommun, region eller SiS-hem</translation>
        </message>
        <message>
            <source>Focus groups</source>
            <translation>Fokusgrupper</translation>
        </message>
    </context>
</TS>
