"""The one door to the data (issue 15, step 1): what the window and the command line ask of the
store, with the rules that used to live in widgets. Services take ids and plain values, own their
transactions, and never import Qt; their messages are marked for translation and said by the caller.

Built so far: settings (business settings kept in the database).
"""
