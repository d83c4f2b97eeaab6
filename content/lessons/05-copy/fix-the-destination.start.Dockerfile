FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY settings.toml logging.toml config
COPY src/ ./src/
CMD ["python", "src/main.py"]
