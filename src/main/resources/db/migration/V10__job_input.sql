-- What a background job works on (a URL, an article), as JSON, so its progress page can name it and offer it again.
alter table job add column input text;
