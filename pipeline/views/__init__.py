"""What a person looks at: a document's text with its mentions marked up (the notebook
view), and the standalone HTML report of an output folder.
"""
