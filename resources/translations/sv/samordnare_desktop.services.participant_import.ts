<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>participant_import</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Förnamn</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Efternamn</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Läggs till</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Uppdateras</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Hoppas över</translation>
        </message>
        <message>
            <source>{added} to add, {updated} to update, {skipped} skipped</source>
            <translation>{added} läggs till, {updated} uppdateras, {skipped} hoppas över</translation>
        </message>
        <message>
            <source>unknown category “{value}”, set to {category}</source>
            <translation>okänd kategori ”{value}”, satt till {category}</translation>
        </message>
        <message>
            <source>Several organisations are called {name}; add the person by hand and choose the organisation.</source>
            <translation>Flera organisationer heter {name}; lägg till personen för hand och välj organisationen.</translation>
        </message>
        <message>
            <source>The same person as row {line}.</source>
            <translation>Samma person som rad {line}.</translation>
        </message>
        <message>
            <source>No name.</source>
            <translation>Namn saknas.</translation>
        </message>
        <message>
            <source>The e-mail belongs to one person in the directory and the name and organisation to another; edit that person by hand.</source>
            <translation>E-postadressen hör till en person i registret och namn och organisation till en annan; ändra personen för hand.</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Ny person</translation>
        </message>
        <message>
            <source>matched on e-mail</source>
            <translation>matchad på e-post</translation>
        </message>
        <message>
            <source>matched on the pseudonym</source>
            <translation>matchad på pseudonymen</translation>
        </message>
        <message>
            <source>matched on name and organisation</source>
            <translation>matchad på namn och organisation</translation>
        </message>
        <message>
            <source>Already on the list.</source>
            <translation>Redan på listan.</translation>
        </message>
        <message>
            <source>Matches {person}, whose category cannot change to or from child here.</source>
            <translation>Matchar {person}, vars kategori inte kan ändras till eller från barn här.</translation>
        </message>
        <message>
            <source>Already on the list ({how}).</source>
            <translation>Redan på listan ({how}).</translation>
        </message>
        <message>
            <source>restored to the directory</source>
            <translation>återställd i registret</translation>
        </message>
        <message>
            <source>added to the list</source>
            <translation>läggs till på listan</translation>
        </message>
        <message>
            <source>moves from {old} to {new}</source>
            <translation>flyttas från {old} till {new}</translation>
        </message>
        <message>
            <source>changes {fields}</source>
            <translation>ändrar {fields}</translation>
        </message>
    </context>
</TS>
