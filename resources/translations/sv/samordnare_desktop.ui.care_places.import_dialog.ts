<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>CareImportDialog</name>
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
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>Placerade</translation>
        </message>
        <message>
            <source>Changes or problems</source>
            <translation>Ändringar eller problem</translation>
        </message>
        <message>
            <source>Import placement figures – preview</source>
            <translation>Läs in placeringsuppgifter – förhandsgranskning</translation>
        </message>
        <message>
            <source>{file}. Nothing is saved until you press Import.</source>
            <translation>{file}. Inget sparas förrän du trycker på Importera.</translation>
        </message>
        <message>
            <source>New {new}, replace {update}, unchanged {same}, skipped {skip}, with errors {errors}.</source>
            <translation>Nya {new}, ersätts {update}, oförändrade {same}, hoppas över {skip}, med fel {errors}.</translation>
        </message>
        <message>
            <source>Columns read: {columns}.</source>
            <translation>Kolumner som läses: {columns}.</translation>
        </message>
        <message>
            <source>Not read: {columns}.</source>
            <translation>Läses inte: {columns}.</translation>
        </message>
        <message>
            <source>Correct the rows with errors in the file and import it again.</source>
            <translation>Rätta raderna med fel i filen och läs in den igen. Inget har sparats.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importera</translation>
        </message>
    </context>
</TS>
