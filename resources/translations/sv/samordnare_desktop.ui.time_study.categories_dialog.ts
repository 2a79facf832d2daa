<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>TimeCategoriesDialog</name>
        <message>
            <source>Time-study categories</source>
            <translation>Kategorier i tidsmätningen</translation>
        </message>
        <message>
            <source>Time categories</source>
            <translation>Tidskategorier</translation>
        </message>
        <message>
            <source>Name of a new category, or the new name</source>
            <translation>Namn på en ny kategori, eller det nya namnet</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Lägg till</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Byt namn</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Dölj</translation>
        </message>
        <message>
            <source>Hide category</source>
            <translation>Dölj kategori</translation>
        </message>
        <message>
            <source>Hide the category {name}? Its minutes stay stored and still count in the shares. You can undo this with Ctrl+Z.</source>
            <translation>Dölja kategorin {name}? Dess minuter finns kvar och räknas fortfarande i andelarna. Du kan ångra med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Hide category {name}</source>
            <translation>Dölj kategorin {name}</translation>
        </message>
    </context>
</TS>
