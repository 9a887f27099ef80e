"""The view: everything a permalink restores, and the store question it asks.

- ``state``: ``ViewState`` and the ``Context`` a link is checked against;
- ``url``: the URL parameters, declared once (name, type, range, default), parsed and
  written from that one table;
- ``query``: the store query of a view, the opening view, the filters in words;
- ``window``: time modes' wording, quick ranges and playback steps;
- ``empty``: why a view shows no event, what clearing each of its constraints would show.
"""
