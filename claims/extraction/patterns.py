"""What the extraction's regular expressions share: pieces, and a helper for building them from word lists."""

import re

# One or more spaces, the no-break space included (French typography sets one before « : ; ? ! »).
SPACE = "[ \u00a0]+"
# A figure anywhere: a name holding one is no person's, a line or a sentence holding one states a number.
FIGURE = re.compile(r"\d")


def prefix_tree(words: str) -> str:
    """A pattern matching any of the whitespace-separated words, with shared beginnings factored out.

    Searching "sa(?:id|y(?:s)?)" tries far fewer alternatives at each position than "said|says|say". Use it where
    each word must be followed by a space or a word boundary: then no two words can match at the same place, and the
    order in which they are tried makes no difference.
    """
    tree: dict = {}
    for word in words.split():
        node = tree
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(character) + pattern(child) for character, child in sorted(node.items()) if character]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree)
