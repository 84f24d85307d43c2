<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Phrases</name>
    <message>
        <location filename="../../desktop/domain/phrases.py" line="86"/>
        <source>{items} and {last}</source>
        <translation>{items} và {last}</translation>
    </message>
</context>
</TS>
