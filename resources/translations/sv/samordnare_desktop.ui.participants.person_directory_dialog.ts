<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>PersonDirectoryDialog</name>
        <message>
            <source>People in {municipality}</source>
            <translation>Personregister – {municipality}</translation>
        </message>
        <message>
            <source>Everyone the app keeps about this municipality. Removing a person hides them and their participation everywhere (Ctrl+Z undoes).</source>
            <translation>Alla personer appen har uppgifter om i kommunen. Att ta bort en person döljer personen och deltagandet överallt (Ctrl+Z ångrar).</translation>
        </message>
        <message>
            <source>Search people</source>
            <translation>Sök person</translation>
        </message>
        <message>
            <source>Search name, organisation or e-mail…</source>
            <translation>Sök namn, organisation eller e-post…</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <source>Put on this visit's list</source>
            <translation>Lägg till på besökets lista</translation>
        </message>
        <message>
            <source>Remove from directory…</source>
            <translation>Ta bort ur registret…</translation>
        </message>
        <message>
            <source>{shown} of {total} people</source>
            <translation>{shown} av {total} personer</translation>
        </message>
        <message>
            <source>Remove from directory</source>
            <translation>Ta bort ur personregistret</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n person(s) from the municipality's directory: {names}? They disappear from every visit's list too. You can undo this with Ctrl+Z.</source>
            <translation>
                <numerusform>Ta bort %n person ur kommunens personregister: {names}? Personen försvinner också från alla besöks deltagarlistor. Du kan ångra med Ctrl+Z.</numerusform>
                <numerusform>Ta bort %n personer ur kommunens personregister: {names}? De försvinner också från alla besöks deltagarlistor. Du kan ångra med Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove {names} from the directory</source>
            <translation>Ta bort {names} ur personregistret</translation>
        </message>
    </context>
    <context>
        <name>PersonTableModel</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Title / role</source>
            <translation>Titel / roll</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besök</translation>
        </message>
    </context>
</TS>
