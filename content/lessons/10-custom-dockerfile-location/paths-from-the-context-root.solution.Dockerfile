FROM python:3.12-slim

WORKDIR /app

# Paths are relative to the build context (the project root), not to this file.
COPY src/ ./src/
COPY resources/videos/ ./resources/videos/

CMD ["python", "src/main.py"]
