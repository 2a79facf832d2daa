<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>files</name>
        <message>
            <source>Could not write {path}: {reason}</source>
            <translation>Kunde inte skriva {path}: {reason}</translation>
        </message>
        <message>
            <source>the drive or folder is read-only</source>
            <translation>enheten eller mappen är skrivskyddad</translation>
        </message>
        <message>
            <source>you do not have permission to use it</source>
            <translation>du saknar behörighet att använda den</translation>
        </message>
        <message>
            <source>the disk is full (or your disk quota is used up)</source>
            <translation>disken är full (eller så är din diskkvot slut)</translation>
        </message>
        <message>
            <source>the file is too large for the drive</source>
            <translation>filen är för stor för enheten</translation>
        </message>
        <message>
            <source>the folder or the file does not exist</source>
            <translation>mappen eller filen finns inte</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>det är en mapp, inte en fil</translation>
        </message>
        <message>
            <source>a part of the path is a file, not a folder</source>
            <translation>en del av sökvägen är en fil, inte en mapp</translation>
        </message>
        <message>
            <source>a file or folder of that name already exists</source>
            <translation>det finns redan en fil eller mapp med det namnet</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>namnet är för långt</translation>
        </message>
        <message>
            <source>the file is in use by another program</source>
            <translation>filen används av ett annat program</translation>
        </message>
        <message>
            <source>the system reports: {text}</source>
            <translation>systemet svarar: {text}</translation>
        </message>
        <message>
            <source>{path} is not an ordinary file (a folder or a device), so it was not overwritten. Choose a file name.</source>
            <translation>{path} är ingen vanlig fil (en mapp eller en enhet), så den skrevs inte över. Välj ett filnamn.</translation>
        </message>
        <message>
            <source>The PDF was not saved. {problem}</source>
            <translation>PDF-filen sparades inte. {problem}</translation>
        </message>
        <message>
            <source>The Word document was not saved. {problem}</source>
            <translation>Worddokumentet sparades inte. {problem}</translation>
        </message>
    </context>
</TS>
