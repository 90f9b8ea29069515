"""Reports and briefings: view models, the Jinja environment and Markdown safety."""
