FROM python:3.12-slim

WORKDIR /app

COPY ../src/ ./src/
COPY videos/ ./resources/videos/

CMD ["python", "src/main.py"]
