"""The briefing image (16:9 slide or A4) drawn on the server with matplotlib, from the
same scene as the map."""
