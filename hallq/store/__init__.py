"""The hall's SQLite file: peewee models, pragmas, migrations, backup and restore."""
